
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "DataCentre",
      "Initiative",
      "Organisation",
      "Sector",
      "Source"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "DataCentre",
      "Initiative",
      "Organisation",
      "Sector",
      "Source"
    ]
  }
};
      export default result;
    