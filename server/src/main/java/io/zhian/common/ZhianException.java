package io.zhian.common;

import java.util.Map;

/**
 * A refusal with a numbered code. Message arguments fill the {0}, {1}… of the localised message;
 * {@code properties} become extra members of the problem document (e.g. {@code lockedUntil}).
 */
public class ZhianException extends RuntimeException {

	private final ErrorCode errorCode;
	private final Object[] arguments;
	private final Map<String, Object> properties;

	public ZhianException(ErrorCode errorCode, Object... arguments) {
		this(errorCode, Map.of(), arguments);
	}

	public ZhianException(ErrorCode errorCode, Map<String, Object> properties, Object... arguments) {
		super(errorCode.code());
		this.errorCode = errorCode;
		this.arguments = arguments;
		this.properties = properties;
	}

	public ErrorCode errorCode() {
		return errorCode;
	}

	public Object[] arguments() {
		return arguments;
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
