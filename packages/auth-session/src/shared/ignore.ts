/** A rejection handler for promises whose failure is already accounted for elsewhere. */
export const ignore = () => {};
