package io.zhian.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where Zhian keeps its files: the embedded database and, later, uploaded photos and exports. */
@ConfigurationProperties("zhian")
record ZhianDataProperties(@DefaultValue("./data") Path dataDir) {
}
