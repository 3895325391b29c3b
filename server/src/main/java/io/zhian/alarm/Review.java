package io.zhian.alarm;

/** The publish switch (发布开关) on one alarm: published at once, held for review, or suppressed (屏蔽). */
enum Review {
	PUBLISHED, PENDING, SUPPRESSED
}
