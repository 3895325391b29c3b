package io.zhian.bench.city;

/** A police station (派出所) of the city's jurisdiction tree: venues are filed under one. */
public record Station(long id, String regionCode, String districtName, String name) {
}
