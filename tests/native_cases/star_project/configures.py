# Star-imported by decline_star_import_config.py: what runs on import changes Warp's global config.
import warp as wp


def _configure():
    wp.config.mode = "debug"


_configure()
