package shinrai.workshop;

/**
 * A bay (工位) of the dealer's workshop: a place one car is worked on at a time.
 *
 * @param name what the workshop calls it, painted on the floor or the wall: 1号工位, 快保2, 烤漆房
 * @param position its place in the dealer's list and on the dispatch board, from 1
 * @param active an inactive bay (a lift out of service, a bay given up) takes no new jobs but keeps its history
 * @param used whether any job was ever put or clocked in it: a used bay is deactivated, never removed
 */
public record Bay(BayId id, String name, BayKind kind, int position, boolean active, boolean used) {}
