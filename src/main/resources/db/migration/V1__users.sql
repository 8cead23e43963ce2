-- Back-office users (sellers never log in). Portable SQL: runs on MySQL 8.4 and MariaDB 11.4.
CREATE TABLE app_user (
    username      VARCHAR(100)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200)  NOT NULL,
    password_hash VARCHAR(200)  NOT NULL,
    roles         VARCHAR(200)  NOT NULL,
    teams         VARCHAR(500)  NOT NULL,
    enabled       BOOLEAN       NOT NULL DEFAULT TRUE
);
