package shinrai.customer;

/** Optional; used for the greeting (王先生 / 王女士). */
public enum Gender {
    MALE,
    FEMALE
}
