package dev.claimdesk.orders;

/** How the parcel travels: dropshipping parcels are scanned by SEKO; postal ones by the post's partner. */
public enum ShippingType {
    DROPSHIPPING,
    POSTAL
}
