package id.go.okikab.health.domain.anc;

/**
 * Risk factors of a pregnancy as Buku KIA and the KSPR score card (Kartu Skor Poedji Rochjati) list
 * them (domain.md §2.2). Their KSPR weights are configuration ({@code oki.health.kspr.*}).
 */
public enum RiskFactor {
  /** mother younger than 20 at HPHT (derived) */
  AGE_UNDER_20,
  /** mother older than 35 at HPHT (derived) */
  AGE_OVER_35,
  /** four or more previous births (derived from parity) */
  PARITY_4_OR_MORE,
  /** less than two years between the last birth and this HPHT (derived) */
  BIRTH_INTERVAL_UNDER_2_YEARS,
  /** body height under 145 cm (derived) */
  HEIGHT_UNDER_145_CM,
  /** upper-arm circumference (LiLA) under 23.5 cm: chronic energy deficiency, KEK (derived) */
  CHRONIC_ENERGY_DEFICIENCY,
  /** haemoglobin under 11 g/dL (derived) */
  ANAEMIA,
  /** blood pressure 140/90 or more (derived) */
  HYPERTENSION,
  /** pre-eclampsia (mild) */
  PREECLAMPSIA,
  /** severe pre-eclampsia or eclampsia */
  SEVERE_PREECLAMPSIA,
  /** previous caesarean section */
  PREVIOUS_CAESAREAN,
  /** history of miscarriage */
  HISTORY_OF_MISCARRIAGE,
  /** history of stillbirth */
  HISTORY_OF_STILLBIRTH,
  /** history of delivery by forceps or vacuum */
  HISTORY_OF_ASSISTED_DELIVERY,
  /** twin pregnancy */
  TWIN_PREGNANCY,
  /** breech presentation */
  BREECH,
  /** transverse lie */
  TRANSVERSE_LIE,
  /** bleeding in this pregnancy (antepartum) */
  ANTEPARTUM_BLEEDING,
  /** chronic disease: heart disease, diabetes, TB, HIV, malaria and similar */
  CHRONIC_DISEASE
}
