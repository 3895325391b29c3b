package io.zhian.bench.city;

import java.time.LocalDate;

import io.zhian.reference.NameKey;

/**
 * One person of the synthetic city as a front desk registers them: a document, the name as written on it
 * (Chinese, or a foreigner's Latin name) with the keys intake computes, and what the document says.
 *
 * @param index the person's number in the population: companions and regular venues are found through it
 * @param name the name with its keys, computed by the real {@code NameKeys}
 */
public record Person(int index, Traveller traveller, String documentType, String documentNumber, NameKey name,
		String latinSurname, String latinGivenName, String sex, LocalDate birthDate, String ethnicity,
		String nationality, String regionCode, String address, String phone) {

	/** A foreigner on a passport: the hotel profile asks entry facts of each stay. */
	public boolean foreign() {
		return "414".equals(documentType);
	}

	/** The same person writing another name on the same number (the planted case of one number, several names). */
	Person withName(NameKey other) {
		return new Person(index, traveller, documentType, documentNumber, other, latinSurname, latinGivenName, sex,
				birthDate, ethnicity, nationality, regionCode, address, phone);
	}
}
