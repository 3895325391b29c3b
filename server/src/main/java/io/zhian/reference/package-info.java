/**
 * Reference data and the rules every module checks records by: the national code tables (GB/T 2260
 * regions, GB/T 2659 countries, GB 3304 ethnic groups, document types…) with legacy-code mappings, ID-number
 * rules (GB 11643) and name keys for homophone search. One library: intake, search and watch lists call it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package io.zhian.reference;
