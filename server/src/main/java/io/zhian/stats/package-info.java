/**
 * Statistics (统计): grouped cross-tabs (分组交叉统计) of the records and parties of every trade, and the hotel
 * industry report (《旅馆行业统计报表》). Reads {@code record}, {@code record_party}, {@code venue} and
 * {@code org_unit} in SQL, as {@code venue} reads {@code org_unit}: a statistic is one aggregate query over
 * several modules' tables, which no per-row API of those modules could answer at scale. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package io.zhian.stats;
