"""Step 3 of the pipeline: the fields of each issue block and of the notice as a whole."""
