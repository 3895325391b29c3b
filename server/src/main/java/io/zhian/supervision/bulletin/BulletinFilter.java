package io.zhian.supervision.bulletin;

/**
 * Filters of the bulletin list.
 *
 * @param q part of the title
 * @param open a venue's open items: standing and not yet acknowledged
 * @param unread a venue's standing bulletins it has not opened yet (the portal's badge)
 * @param overdue police: bulletins with recipients past the deadline without an acknowledgement
 */
public record BulletinFilter(String type, String q, Boolean open, Boolean unread, Boolean overdue) {
}
