package io.jisr.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeoTest {

    @Test
    void shouldMeasureGreatCircleDistancesInKilometres() {
        // Riyadh to Jeddah, and Paris to Riyadh: about 846 km and 4,677 km on the sphere.
        assertEquals(846, Geo.distanceKm(24.7136, 46.6753, 21.4858, 39.1925), 2);
        assertEquals(4677, Geo.distanceKm(48.8566, 2.3522, 24.7136, 46.6753), 5);
        assertEquals(0, Geo.distanceKm(24.7136, 46.6753, 24.7136, 46.6753), 1e-9);
        // Across the 180th meridian the short way round.
        assertEquals(111.2, Geo.distanceKm(0, 179.5, 0, -179.5), 0.1);
    }
}
