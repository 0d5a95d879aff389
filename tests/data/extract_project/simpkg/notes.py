# A module without kernels: the directory walk does not list it.
NOTE = "no kernels here"
