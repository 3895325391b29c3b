package io.zhian.common;

/** The three sides a person can sign in from. */
public enum UserKind {
	/** A police officer (民警) with a police number, belonging to a unit. */
	POLICE,
	/** A clerk of one venue (企业用户). */
	ENTERPRISE,
	/** A system administrator (系统管理员). */
	ADMIN
}
