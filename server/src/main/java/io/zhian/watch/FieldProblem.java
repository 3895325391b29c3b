package io.zhian.watch;

import io.zhian.common.ErrorCode;

/** One wrong field of a watch entry or an imported row, with its numbered reason. */
record FieldProblem(String field, ErrorCode code, Object... arguments) {
}
