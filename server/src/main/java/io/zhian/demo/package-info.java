/**
 * The demo city, modelled on Chongqing: created on the first start of the embedded mode only, never on an
 * external database. Later issues add their venues, clerks and records here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.zhian.demo;
