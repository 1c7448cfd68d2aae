"""One module per noun group; ``parser`` names each command's module and function, and
only the module of the command typed is imported."""
