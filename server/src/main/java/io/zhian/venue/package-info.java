/**
 * Venues (场所) of every trade. For now the minimum that users and data scopes need: the venue, its trades
 * and its police station. Filing (备案), review, change history and staff come with the venue issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Venues")
package io.zhian.venue;
