/**
 * Supervision of venues by the police (治安监管), built once for every trade: bulletins and messages (协查通报,
 * 消息发布) with acknowledgement and replies; on-site inspections (治安检查) with scored templates, grades and the
 * inspection frequency a grade requires; rectification notices (整改) and their replies; penalties (处罚); cases
 * (发案); the venue's panic button (按键报警); and the station archive (一所一档) that gathers all of it.
 * Each capability lives in its own sub-package; see {@code docs/supervision.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package io.zhian.supervision;
