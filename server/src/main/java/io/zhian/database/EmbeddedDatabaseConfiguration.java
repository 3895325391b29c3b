package io.zhian.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the real PostgreSQL server from Maven Central's binaries when no external database is configured.
 * Its data directory survives restarts; the server stops with the application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
	static final String DATABASE = "zhian";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(ZhianDataProperties properties) throws IOException {
		Path directory = properties.dataDir().resolve("postgres").toAbsolutePath();
		boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
		Files.createDirectories(directory);
		OrphanedPostgres.stopIfRunning(directory);
		log.info("Starting embedded PostgreSQL in {}{}", directory, fresh ? " (new cluster)" : "");
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C")
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "100")
			.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
		createDatabaseIfMissing(postgres.getPostgresDatabase());
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		config.setPoolName("zhian-embedded");
		// A JDBC batch of inserts (a lot's records and parties) goes as multi-row statements: fewer round trips.
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.setMaximumPoolSize(20);
		// The server is local: if it does not answer within seconds it is down, and health should say so.
		config.setConnectionTimeout(5_000);
		return new HikariDataSource(config);
	}

	private static void createDatabaseIfMissing(DataSource maintenance) throws SQLException {
		try (Connection connection = maintenance.getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rs = exists.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			createDatabase(connection);
		}
	}

	/**
	 * Sorting stays C (code-point order, and {@code like 'prefix%'} uses plain indexes), but character classes
	 * come from a UTF-8 C locale where the OS has one: pg_trgm only makes trigrams of letters the database's
	 * ctype calls letters, and under plain C no Chinese character is one, so fuzzy name search (search module)
	 * would find nothing by similarity. The locale's name differs between systems, and some have none.
	 */
	private static void createDatabase(Connection connection) throws SQLException {
		String create = "create database " + DATABASE + " encoding 'UTF8' template template0";
		for (String ctype : new String[] { "C.UTF-8", "C.utf8" }) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(create + " lc_collate 'C' lc_ctype '" + ctype + "'");
				return;
			}
			catch (SQLException unknownLocale) {
				log.info("Locale {} not available for the database's character classes", ctype);
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute(create);
		}
	}
}
