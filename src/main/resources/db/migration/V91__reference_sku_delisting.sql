-- The reference order service's catalog delistings (a counterfeit SKU taken off sale). One row per shop and SKU:
-- delisting again changes nothing.
CREATE TABLE ref_delisted_sku (
    shop_code    VARCHAR(60)   NOT NULL,
    sku          VARCHAR(60)   NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    delisted_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (shop_code, sku)
);
