package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a tax bill, from issue to payment: topic {@code tax.bill.v1}, key = the bill id,
 * so that one aggregate's events stay in order.
 */
public sealed interface BillEvent extends DomainEvent permits BillIssued, BillPaid, BillOverdue {}
