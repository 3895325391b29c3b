package io.zhian.supervision.inspection;

/**
 * One line of a checklist.
 *
 * @param code stable within the template, e.g. {@code EXITS_CLEAR}; an inspection's answers name it
 * @param points what a full pass earns
 * @param fire a fire-safety (消防) item
 */
public record TemplateItem(String code, String text, String textEn, ItemType type, int points, boolean fire) {
}
