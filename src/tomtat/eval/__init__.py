"""Evaluation: ROUGE under the shared scoring convention, dataset readers, cleaning metrics."""
