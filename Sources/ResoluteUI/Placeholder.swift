public enum ResoluteUIPlaceholder {}
