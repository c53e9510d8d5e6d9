from fastapi import Depends, FastAPI


def verify_admin():
    return True


admin_app = FastAPI()


@admin_app.get("/stats", dependencies=[Depends(verify_admin)])
def stats():
    return {}
