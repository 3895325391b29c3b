/**
 * The police organisation: the jurisdiction tree (市局 → 分县局 → 派出所 → 警务区), users of the three
 * kinds, roles with their permissions, and each user's data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package io.zhian.org;
