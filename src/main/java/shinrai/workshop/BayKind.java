package shinrai.workshop;

/** What a bay is equipped for. */
public enum BayKind {
    /** A two-post or four-post lift for mechanical repairs (机修工位). */
    GENERAL_REPAIR,
    /** An express-service lane for routine maintenance (快保工位). */
    EXPRESS_SERVICE,
    /** A four-wheel alignment lift (四轮定位工位). */
    ALIGNMENT,
    /** A bay fenced and equipped for high-voltage work on electric and hybrid cars (新能源工位). */
    ELECTRIC_VEHICLE,
    /** Panel beating and frame straightening (钣金工位). */
    BODY,
    /** Sanding, filling and masking before paint (打磨/喷漆准备工位). */
    PAINT_PREPARATION,
    /** The spray and bake booth (烤漆房). */
    PAINT_BOOTH,
    /** Washing and detailing before handover (洗车美容工位). */
    WASH_AND_DETAILING;

    public String messageKey() {
        return "workshop.bayKind." + name();
    }
}
