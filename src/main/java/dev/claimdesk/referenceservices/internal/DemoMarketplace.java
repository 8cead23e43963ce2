package dev.claimdesk.referenceservices.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The fixed part of the demo marketplace: its shops (cross-border sellers from China and local sellers in eight
 * African countries), what they sell, and the exchange rates used to price it. The varying part (orders, bills) is
 * drawn from a fixed random seed by {@link ReferenceDataSeeder}.
 */
final class DemoMarketplace {

    private DemoMarketplace() {}

    /**
     * @param weight relative order volume
     * @param hub the local sorting center of a local seller
     */
    record DemoShop(
            String code,
            String name,
            String country,
            String sellerCountry,
            String email,
            String currency,
            String category,
            int weight,
            String hub) {

        boolean crossBorder() {
            return !sellerCountry.equals(country);
        }
    }

    private static DemoShop shop(
            String code, String name, String country, String sellerCountry, String email, String category, int weight) {
        boolean crossBorder = !sellerCountry.equals(country);
        return new DemoShop(
                code,
                name,
                country,
                sellerCountry,
                email,
                crossBorder ? "USD" : CURRENCY.get(country),
                category,
                weight,
                HUB.get(country));
    }

    /** The local currency of each marketplace country; cross-border sellers are paid in USD. */
    static final Map<String, String> CURRENCY = Map.of(
            "NG", "NGN", "KE", "KES", "EG", "EGP", "MA", "MAD", "CI", "XOF", "GH", "GHS", "UG", "UGX", "SN", "XOF");

    /** Units of the currency per US dollar (rounded; demo data). */
    static final Map<String, BigDecimal> PER_USD = Map.of(
            "USD", new BigDecimal("1"),
            "NGN", new BigDecimal("1550"),
            "KES", new BigDecimal("129"),
            "EGP", new BigDecimal("49"),
            "MAD", new BigDecimal("9.9"),
            "XOF", new BigDecimal("600"),
            "GHS", new BigDecimal("15"),
            "UGX", new BigDecimal("3700"));

    private static final Map<String, String> HUB = Map.of(
            "NG", "NG-Lagos-Ikeja Sorting Center",
            "KE", "KE-Nairobi-Embakasi Sorting Center",
            "EG", "EG-Cairo-Obour Sorting Center",
            "MA", "MA-Casablanca-Ain Sebaa Sorting Center",
            "CI", "CI-Abidjan-Yopougon Sorting Center",
            "GH", "GH-Accra-Tema Sorting Center",
            "UG", "UG-Kampala-Namanve Sorting Center",
            "SN", "SN-Dakar-Diamniadio Sorting Center");

    /** What each category sells, with a typical price in US dollars. */
    record Product(String name, double usd) {}

    static final Map<String, List<Product>> CATALOG = Map.of(
            "electronics",
            List.of(
                    new Product("Wireless Earbuds TWS-20", 14.9),
                    new Product("Power Bank 20000mAh", 18.5),
                    new Product("USB-C Fast Charger 25W", 7.9),
                    new Product("Bluetooth Speaker Mini", 12.0),
                    new Product("Smart Watch Fitness Band", 21.0),
                    new Product("HDMI Cable 2m", 3.5),
                    new Product("LED Desk Lamp", 9.9)),
            "lighting",
            List.of(
                    new Product("Solar Street Light 100W", 38.0),
                    new Product("Rechargeable LED Bulb 15W", 4.2),
                    new Product("Motion Sensor Night Light", 6.5),
                    new Product("Solar Garden Lamp (4 pack)", 15.0),
                    new Product("Emergency Torch 3000mAh", 8.8),
                    new Product("LED Strip 5m RGB", 9.5)),
            "beauty",
            List.of(
                    new Product("Shea Butter Body Cream 250ml", 5.5),
                    new Product("African Black Soap 200g", 3.2),
                    new Product("Argan Oil Hair Serum 100ml", 9.0),
                    new Product("Virgin Coconut Oil 500ml", 6.0),
                    new Product("Aloe Vera Gel 300ml", 4.5),
                    new Product("Moringa Tea (30 bags)", 4.0)),
            "fashion",
            List.of(
                    new Product("Ankara Print Maxi Dress", 19.0),
                    new Product("Men's Slim Fit Shirt", 11.5),
                    new Product("Canvas Sneakers", 16.0),
                    new Product("Leather Sandals", 13.0),
                    new Product("Kente Stole", 12.5),
                    new Product("Denim Jacket", 22.0)),
            "home",
            List.of(
                    new Product("Non-stick Frying Pan 28cm", 10.5),
                    new Product("Stainless Steel Pot Set (5 pcs)", 29.0),
                    new Product("Electric Kettle 1.7L", 12.0),
                    new Product("Blender 1.5L", 24.0),
                    new Product("Storage Box Set", 8.0),
                    new Product("Cotton Bed Sheet Set Queen", 17.0)),
            "baby",
            List.of(
                    new Product("Baby Diapers Size 3 (60)", 11.0),
                    new Product("Feeding Bottle Set", 7.5),
                    new Product("Ergonomic Baby Carrier", 19.5),
                    new Product("Kids Water Bottle 500ml", 4.0)),
            "tools",
            List.of(
                    new Product("Cordless Drill 12V", 27.0),
                    new Product("Screwdriver Set 32 pcs", 8.5),
                    new Product("Digital Multimeter", 10.0),
                    new Product("Measuring Tape 5m", 2.5)),
            "toys",
            List.of(
                    new Product("Building Blocks 500 pcs", 13.5),
                    new Product("RC Car 1:18", 17.0),
                    new Product("Jigsaw Puzzle 1000 pcs", 7.0),
                    new Product("Plush Bear 40cm", 8.0)),
            "books",
            List.of(
                    new Product("Things Fall Apart (paperback)", 6.0),
                    new Product("Arabic-English Dictionary", 9.5),
                    new Product("Children's Story Collection", 7.5),
                    new Product("Cookbook: Flavours of the Nile", 12.0)),
            "phones",
            List.of(
                    new Product("Smartphone 6.5\" 64GB", 89.0),
                    new Product("Feature Phone Dual SIM", 14.0),
                    new Product("Tempered Glass Screen Protector", 1.8),
                    new Product("Car Phone Holder", 3.9)));

    // after CURRENCY and HUB, which shop(...) reads: static fields are initialised in order
    static final List<DemoShop> SHOPS = List.of(
            shop(
                    "shenzhen-gadgets",
                    "Shenzhen Gadgets",
                    "NG",
                    "CN",
                    "support@shenzhen-gadgets.example",
                    "electronics",
                    9),
            shop("lagos-lights", "Lagos Lights", "NG", "NG", "claims@lagoslights.example", "lighting", 8),
            shop("nairobi-naturals", "Nairobi Naturals", "KE", "KE", "finance@nairobi-naturals.example", "beauty", 7),
            shop(
                    "guangzhou-fashion-house",
                    "Guangzhou Fashion House",
                    "KE",
                    "CN",
                    "orders@gz-fashionhouse.example",
                    "fashion",
                    6),
            shop("yiwu-home-goods", "Yiwu Home Goods", "EG", "CN", "service@yiwuhomegoods.example", "home", 6),
            shop("cairo-crafts", "Cairo Crafts", "EG", "EG", "hello@cairocrafts.example", "home", 4),
            shop("alexandria-books", "Alexandria Books", "EG", "EG", "sales@alexandriabooks.example", "books", 3),
            shop(
                    "casablanca-cosmetics",
                    "Casablanca Cosmetics",
                    "MA",
                    "MA",
                    "contact@casablanca-cosmetics.example",
                    "beauty",
                    5),
            shop(
                    "marrakech-leather",
                    "Marrakech Leather Works",
                    "MA",
                    "MA",
                    "atelier@marrakech-leather.example",
                    "fashion",
                    3),
            shop(
                    "abidjan-electronique",
                    "Abidjan Electronique",
                    "CI",
                    "CI",
                    "service@abidjan-electronique.example",
                    "electronics",
                    4),
            shop("shantou-beauty", "Shantou Beauty Supply", "CI", "CN", "export@shantou-beauty.example", "beauty", 4),
            shop("accra-audio", "Accra Audio Hub", "GH", "GH", "support@accra-audio.example", "electronics", 4),
            shop("kumasi-kente", "Kumasi Kente Co.", "GH", "GH", "orders@kumasikente.example", "fashion", 3),
            shop("dongguan-toys", "Dongguan Toy Factory", "GH", "CN", "sales@dongguan-toys.example", "toys", 4),
            shop(
                    "kampala-kitchenware",
                    "Kampala Kitchenware",
                    "UG",
                    "UG",
                    "info@kampala-kitchenware.example",
                    "home",
                    3),
            shop("ningbo-tools", "Ningbo Tools Direct", "UG", "CN", "support@ningbo-tools.example", "tools", 3),
            shop("dakar-digital", "Dakar Digital", "SN", "SN", "contact@dakar-digital.example", "phones", 3),
            shop("hangzhou-silk", "Hangzhou Silk Road", "SN", "CN", "service@hangzhou-silkroad.example", "fashion", 3),
            shop("abuja-phones", "Abuja Phone Plaza", "NG", "NG", "accounts@abujaphoneplaza.example", "phones", 6),
            shop("ibadan-baby-store", "Ibadan Baby Store", "NG", "NG", "care@ibadanbaby.example", "baby", 4),
            shop("kano-textiles", "Kano Textiles", "NG", "NG", "trade@kanotextiles.example", "fashion", 3),
            shop("mombasa-spices", "Mombasa Spice Market", "KE", "KE", "orders@mombasaspice.example", "beauty", 3),
            shop(
                    "foshan-furniture",
                    "Foshan Furniture Outlet",
                    "KE",
                    "CN",
                    "export@foshan-furniture.example",
                    "home",
                    3));
}
