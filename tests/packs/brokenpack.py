"""A rule pack that fails to import."""
raise ImportError("this pack needs a module that is not installed")
