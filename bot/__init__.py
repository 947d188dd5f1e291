"""A question-answering bot for KL's joint municipal procurement strategy 2017-2020."""
