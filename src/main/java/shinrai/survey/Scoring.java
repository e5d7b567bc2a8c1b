package shinrai.survey;

/** How a questionnaire's answers roll up into scores. */
public enum Scoring {
    /** The customer service index: each factor's mean on 0–100, weighted by the dealer's factor weights. */
    CSI,
    /** SERVQUAL gaps: perception minus expectation per item, per dimension, overall unweighted and weighted. */
    SERVQUAL,
    /**
     * The dealer's own questionnaire, scored as written: its scale answers averaged on 0–100, its choices counted, its
     * texts listed (see {@link WrittenResults}).
     */
    OWN,
    /** A questionnaire of the dealer's network, asked by the dealer like its own and scored the same way. */
    NETWORK
}
