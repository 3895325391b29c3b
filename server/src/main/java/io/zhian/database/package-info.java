/**
 * Where the data lives: an embedded PostgreSQL under {@code ZHIAN_DATA_DIR} by default, or an external
 * PostgreSQL named by {@code ZHIAN_DB_URL}. Flyway owns the schema in both cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package io.zhian.database;
