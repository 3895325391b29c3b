/** Public facts about the running system: version, demo mode, and the second-factor policy. */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package io.zhian.system;
