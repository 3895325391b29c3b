/**
 * Person search over the parties of every trade's records (人员查询): by document number (exact or prefix), by
 * name exactly, fuzzily or by sound (同音), by personal facts, place and time, in any combination; a person's
 * trajectory across venues (轨迹) and the people seen with them (同住、同时段). Reads records, venues and units
 * through SQL behind the {@link io.zhian.search.PartyIndex} port, so a search engine may replace PostgreSQL
 * later (DESIGN §6). Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package io.zhian.search;
