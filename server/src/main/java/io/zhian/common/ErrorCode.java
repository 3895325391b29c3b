package io.zhian.common;

import org.springframework.http.HttpStatus;

/**
 * Every problem Zhian answers with. The code is stable and public (docs/error-codes.md lists each one);
 * the message lives in i18n/errors*.properties under the code, in zh-CN and en.
 */
public enum ErrorCode {
	// 00xx: request shape, shared by every endpoint
	INTERNAL_ERROR("ZA-0001", HttpStatus.INTERNAL_SERVER_ERROR),
	MALFORMED_JSON("ZA-0002", HttpStatus.BAD_REQUEST),
	INVALID_FIELD_VALUE("ZA-0003", HttpStatus.BAD_REQUEST),
	UNKNOWN_ENUM_VALUE("ZA-0004", HttpStatus.BAD_REQUEST),
	VALIDATION_FAILED("ZA-0005", HttpStatus.BAD_REQUEST),
	BODY_TOO_LARGE("ZA-0006", HttpStatus.CONTENT_TOO_LARGE),
	INVALID_PAGING("ZA-0007", HttpStatus.BAD_REQUEST),
	INVALID_PARAMETER("ZA-0008", HttpStatus.BAD_REQUEST),
	MISSING_PARAMETER("ZA-0009", HttpStatus.BAD_REQUEST),
	UNSUPPORTED_MEDIA_TYPE("ZA-0010", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	METHOD_NOT_ALLOWED("ZA-0011", HttpStatus.METHOD_NOT_ALLOWED),
	NOT_FOUND("ZA-0012", HttpStatus.NOT_FOUND),
	NOT_ACCEPTABLE("ZA-0013", HttpStatus.NOT_ACCEPTABLE),
	DATABASE_UNAVAILABLE("ZA-0014", HttpStatus.SERVICE_UNAVAILABLE),

	// 01xx: access
	AUTHENTICATION_REQUIRED("ZA-0101", HttpStatus.UNAUTHORIZED),
	ACCESS_DENIED("ZA-0102", HttpStatus.FORBIDDEN),

	// 10xx: login, passwords, second factor
	BAD_CREDENTIALS("ZA-1001", HttpStatus.UNAUTHORIZED),
	ACCOUNT_LOCKED("ZA-1002", HttpStatus.LOCKED),
	SECOND_FACTOR_REQUIRED("ZA-1003", HttpStatus.UNAUTHORIZED),
	PASSWORD_CHANGE_REQUIRED("ZA-1004", HttpStatus.FORBIDDEN),
	SECOND_FACTOR_INVALID("ZA-1005", HttpStatus.UNAUTHORIZED),
	SECOND_FACTOR_ENROLMENT_REQUIRED("ZA-1006", HttpStatus.FORBIDDEN),
	PASSWORD_POLICY_VIOLATION("ZA-1007", HttpStatus.BAD_REQUEST),
	PASSWORD_REUSED("ZA-1008", HttpStatus.BAD_REQUEST),
	ACCOUNT_DISABLED("ZA-1009", HttpStatus.FORBIDDEN),
	SECOND_FACTOR_ALREADY_ENABLED("ZA-1010", HttpStatus.CONFLICT),

	// 20xx: organisation and users
	UNIT_NOT_FOUND("ZA-2001", HttpStatus.NOT_FOUND),
	UNIT_CODE_TAKEN("ZA-2002", HttpStatus.CONFLICT),
	UNIT_LEVEL_INVALID("ZA-2003", HttpStatus.BAD_REQUEST),
	USER_NOT_FOUND("ZA-2004", HttpStatus.NOT_FOUND),
	USERNAME_TAKEN("ZA-2005", HttpStatus.CONFLICT),
	POLICE_NUMBER_TAKEN("ZA-2006", HttpStatus.CONFLICT),
	USER_AFFILIATION_INVALID("ZA-2007", HttpStatus.BAD_REQUEST),
	ROLE_UNKNOWN("ZA-2008", HttpStatus.BAD_REQUEST),
	OUTSIDE_DATA_SCOPE("ZA-2009", HttpStatus.FORBIDDEN),
	VENUE_NOT_FOUND("ZA-2010", HttpStatus.BAD_REQUEST),
	SCOPE_NOT_ALLOWED("ZA-2011", HttpStatus.BAD_REQUEST),
	REGION_CODE_INVALID("ZA-2012", HttpStatus.BAD_REQUEST),
	CANNOT_CHANGE_OWN_ACCOUNT("ZA-2013", HttpStatus.CONFLICT),

	// 30xx: audit
	TIME_RANGE_INVALID("ZA-3001", HttpStatus.BAD_REQUEST),

	// 40xx: reference data (code tables)
	CODE_TABLE_UNKNOWN("ZA-4001", HttpStatus.NOT_FOUND),
	FORMAT_UNSUPPORTED("ZA-4002", HttpStatus.BAD_REQUEST),
	CODE_UNKNOWN("ZA-4003", HttpStatus.BAD_REQUEST),
	CODE_EXISTS("ZA-4004", HttpStatus.CONFLICT),

	// 41xx: identity documents (GB 11643); also the reasons of an invalid identity check
	DOCUMENT_TYPE_UNKNOWN("ZA-4101", HttpStatus.BAD_REQUEST),
	ID_NUMBER_FORMAT("ZA-4102", HttpStatus.BAD_REQUEST),
	ID_NUMBER_CHECKSUM("ZA-4103", HttpStatus.BAD_REQUEST),
	ID_NUMBER_BIRTH_DATE("ZA-4104", HttpStatus.BAD_REQUEST),
	ID_NUMBER_REGION("ZA-4105", HttpStatus.BAD_REQUEST),
	DOCUMENT_NUMBER_FORMAT("ZA-4106", HttpStatus.BAD_REQUEST);

	private final String code;
	private final HttpStatus status;

	ErrorCode(String code, HttpStatus status) {
		this.code = code;
		this.status = status;
	}

	public String code() {
		return code;
	}

	public HttpStatus status() {
		return status;
	}
}
