// Postcode data: GeoNames (CC BY 4.0), via shared/data/nl-pc4-places.csv.
// Only the PC4 areas where the demo organisations have their locations.

/** A four-digit postcode area with its approximate centre (WGS84). */
export interface Place {
  readonly pc4: string;
  readonly city: string;
  readonly lat: number;
  readonly lon: number;
}

export const places = {
  amsterdam1091: { pc4: '1091', city: 'Amsterdam', lat: 52.3556, lon: 4.9135 },
  amsterdam1097: { pc4: '1097', city: 'Amsterdam', lat: 52.3463, lon: 4.9305 },
  denHaag2595: { pc4: '2595', city: 'Den Haag', lat: 52.0815, lon: 4.3337 },
  rotterdam3011: { pc4: '3011', city: 'Rotterdam', lat: 51.9197, lon: 4.4875 },
  rotterdam3015: { pc4: '3015', city: 'Rotterdam', lat: 51.9135, lon: 4.4678 },
  utrecht3511: { pc4: '3511', city: 'Utrecht', lat: 52.0884, lon: 5.1175 },
  utrecht3527: { pc4: '3527', city: 'Utrecht', lat: 52.0771, lon: 5.0923 },
  utrecht3584: { pc4: '3584', city: 'Utrecht', lat: 52.0851, lon: 5.1615 },
  amersfoort3821: { pc4: '3821', city: 'Amersfoort', lat: 52.1748, lon: 5.4167 },
  breda4817: { pc4: '4817', city: 'Breda', lat: 51.5903, lon: 4.8095 },
  breda4818: { pc4: '4818', city: 'Breda', lat: 51.5787, lon: 4.7849 },
  tilburg5022: { pc4: '5022', city: 'Tilburg', lat: 51.5409, lon: 5.0934 },
  denBosch5223: { pc4: '5223', city: "'s-Hertogenbosch", lat: 51.6908, lon: 5.2819 },
  eindhoven5612: { pc4: '5612', city: 'Eindhoven', lat: 51.4483, lon: 5.4728 },
  nijmegen6525: { pc4: '6525', city: 'Nijmegen', lat: 51.8195, lon: 5.8665 },
  arnhem6826: { pc4: '6826', city: 'Arnhem', lat: 51.9816, lon: 5.9489 },
  deventer7411: { pc4: '7411', city: 'Deventer', lat: 52.2525, lon: 6.1593 },
  enschede7513: { pc4: '7513', city: 'Enschede', lat: 52.2154, lon: 6.8826 },
  zwolle8017: { pc4: '8017', city: 'Zwolle', lat: 52.498, lon: 6.0937 },
  groningen9711: { pc4: '9711', city: 'Groningen', lat: 53.2166, lon: 6.5695 },
  groningen9712: { pc4: '9712', city: 'Groningen', lat: 53.2215, lon: 6.5628 },
  groningen9747: { pc4: '9747', city: 'Groningen', lat: 53.242, lon: 6.5328 },
} as const satisfies Record<string, Place>;
