package id.go.okikab.tax.domain;

/**
 * The five PBJT sub-types of UU 1/2022 (domain.md §3.1), each the tax type of its returns and
 * bills. Their rates are per-year reference data (at most 10%, entertainment venues 40–75%).
 */
public enum PbjtType {
  PBJT_FOOD_BEVERAGE,
  PBJT_ELECTRICITY,
  PBJT_HOTEL,
  PBJT_PARKING,
  PBJT_ENTERTAINMENT
}
