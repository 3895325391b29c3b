/**
 * Trade profiles (行业): one declaration per regulated trade saying which record kinds it reports, which
 * parties, vehicles and items a record carries, which fields each has, which code tables they use and which
 * of them are compared against watch lists. The record, search and intake code read these declarations and
 * hold nothing trade-specific themselves, so a new trade is a new profile plus its tests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trade profiles")
package io.zhian.trade;
