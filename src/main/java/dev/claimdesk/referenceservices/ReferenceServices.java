package dev.claimdesk.referenceservices;

/** Where the bundled reference services answer, relative to the application's own address. */
public final class ReferenceServices {

    public static final String ORDERS_API = "/reference/orders-api";
    public static final String BILLING_API = "/reference/billing-api";

    /** The shops and orders the demo claims use: seeded with fixed data. */
    public static final String DEMO_SHOP_SHENZHEN_GADGETS = "Shenzhen Gadgets";

    public static final String DEMO_SHOP_LAGOS_LIGHTS = "Lagos Lights";
    public static final String DEMO_SHOP_NAIROBI_NATURALS = "Nairobi Naturals";
    public static final String DEMO_ORDER_TO_CANCEL = "NG-240001";
    public static final String DEMO_ORDER_LOST_PARCEL = "NG-240017";

    private ReferenceServices() {}
}
