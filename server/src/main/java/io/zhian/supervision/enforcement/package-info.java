/**
 * Penalties (处罚) against venues and persons, with statistics by period, type and district, and cases (发案)
 * registered against venues, with the requirement text's unit rules and the upload flag (上传标志) that sends an
 * edited case up again. Owns {@code penalty_decision} and {@code case_report}; reads {@code venue} and
 * {@code org_unit} in SQL for its joins, as the statistics module does. See {@code docs/supervision.md}.
 */
package io.zhian.supervision.enforcement;
