package io.jisr.common;

/**
 * Great-circle distances on the WGS 84 mean sphere, by the haversine formula: in Java for one pair of points, and as
 * a JPQL expression (plain arithmetic and trigonometry, which H2 and PostgreSQL both have) for filtering and sorting
 * in the database. Both compute the same formula, so a record's distance and whether a radius includes it agree.
 */
public final class Geo {

    /** Mean Earth radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private static final double RADIANS = Math.PI / 180;

    private Geo() {}

    /** Kilometres between two points given in degrees. */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLat = (latitude2 - latitude1) * RADIANS / 2;
        double dLon = (longitude2 - longitude1) * RADIANS / 2;
        double a = Math.sin(dLat) * Math.sin(dLat)
                + Math.cos(latitude1 * RADIANS) * Math.cos(latitude2 * RADIANS) * Math.sin(dLon) * Math.sin(dLon);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * JPQL for the kilometres between the records {@code e} ({@code e.latitude}, {@code e.longitude}) and the point
     * bound as {@code :<p>Lat} and {@code :<p>Lon}; null where a record has no coordinates.
     */
    public static String distanceKmExpression(String p) {
        String dLat = "((e.latitude - :" + p + "Lat) * " + RADIANS + " / 2)";
        String dLon = "((e.longitude - :" + p + "Lon) * " + RADIANS + " / 2)";
        String a = "(sin(" + dLat + ") * sin(" + dLat + ") + cos(:" + p + "Lat * " + RADIANS + ") * cos(e.latitude * "
                + RADIANS + ") * sin(" + dLon + ") * sin(" + dLon + "))";
        return "(2 * " + EARTH_RADIUS_KM + " * asin(least(1.0, sqrt(" + a + "))))";
    }
}
