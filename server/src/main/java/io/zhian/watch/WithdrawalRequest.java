package io.zhian.watch;

/** 撤控: who approved the withdrawal, and why. */
public record WithdrawalRequest(String approvingUnit, String approver, String reason) {
}
