-- The bundled reference order service (module referenceservices): a stand-in for a marketplace's own order service,
-- reached only over its HTTP API. ClaimDesk's own code never reads these tables. Portable: MySQL 8.4 and MariaDB 11.4.
CREATE TABLE ref_shop (
    code            VARCHAR(60)   NOT NULL PRIMARY KEY,
    name            VARCHAR(120)  NOT NULL,
    country         VARCHAR(2)    NOT NULL,
    seller_country  VARCHAR(2)    NOT NULL,
    email           VARCHAR(254)  NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    CONSTRAINT uk_ref_shop_name UNIQUE (name)
);

CREATE TABLE ref_order (
    order_number    VARCHAR(40)   NOT NULL PRIMARY KEY,
    shop_code       VARCHAR(60)   NOT NULL,
    country         VARCHAR(2)    NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    shipping_type   VARCHAR(20)   NOT NULL,
    tracking_number VARCHAR(60)   NULL,
    sorting_center  VARCHAR(100)  NULL,
    currency        VARCHAR(3)    NOT NULL,
    CONSTRAINT fk_ref_order_shop FOREIGN KEY (shop_code) REFERENCES ref_shop (code)
);
CREATE INDEX ix_ref_order_shop ON ref_order (shop_code, created_at);

CREATE TABLE ref_order_item (
    order_number    VARCHAR(40)   NOT NULL,
    sku             VARCHAR(60)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    price           DECIMAL(14,2) NOT NULL,
    shipping_fee    DECIMAL(14,2) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    cancel_kind     VARCHAR(30)   NULL,
    cancel_comment  VARCHAR(1000) NULL,
    PRIMARY KEY (order_number, sku),
    CONSTRAINT fk_ref_order_item_order FOREIGN KEY (order_number) REFERENCES ref_order (order_number)
);

CREATE TABLE ref_order_item_status (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_number    VARCHAR(40)   NOT NULL,
    sku             VARCHAR(60)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    at              DATETIME(6)   NOT NULL,
    note            VARCHAR(200)  NULL,
    CONSTRAINT fk_ref_item_status_item FOREIGN KEY (order_number, sku) REFERENCES ref_order_item (order_number, sku)
);
CREATE INDEX ix_ref_item_status_item ON ref_order_item_status (order_number, sku, at);
