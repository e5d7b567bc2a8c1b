package shinrai.dealer;

import java.util.Map;

/**
 * The demo network is in place (seeded now or found from an earlier start). Other modules add their own demo
 * data for these dealers, each deciding for itself whether it already did.
 */
public record DemoNetworkReady(long networkId, Map<String, Long> dealersByCode) {}
