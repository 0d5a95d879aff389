#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Body_e1432a5d
{
    wp::vec_t<3, wp::float32> x;
    wp::float32 m;


    Body_e1432a5d() = default;
    CUDA_CALLABLE Body_e1432a5d(wp::vec_t<3, wp::float32> const& x,
    wp::float32 const& m = {})
        : x{x}
        , m{m}

    {
    }

    CUDA_CALLABLE Body_e1432a5d& operator += (const Body_e1432a5d& rhs)
    {    x += rhs.x;
    m += rhs.m;

        return *this;}

};

static CUDA_CALLABLE void adj_Body_e1432a5d(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::float32 & adj_m,
    Body_e1432a5d & adj_ret)
{
    adj_x += adj_ret.x;
    adj_m += adj_ret.m;
}

// Required when compiling adjoints.
CUDA_CALLABLE Body_e1432a5d add(const Body_e1432a5d& a, const Body_e1432a5d& b)
{
    return Body_e1432a5d();
}

CUDA_CALLABLE void adj_atomic_add(Body_e1432a5d* p, Body_e1432a5d t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->m, t.m);
}



struct wp_args_push_1b0fb60f {
    wp::array_t<Body_e1432a5d> bodies;
    wp::vec_t<3, wp::float32> f;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void push_1b0fb60f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_push_1b0fb60f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<Body_e1432a5d> var_bodies = _wp_args->bodies;
    wp::vec_t<3, wp::float32> var_f = _wp_args->f;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    Body_e1432a5d* var_1;
    Body_e1432a5d var_2;
    Body_e1432a5d var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def push(bodies: wp.array(dtype=Body), f: wp.vec3, dt: float):                         <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 20>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b.x = b.x + f * (dt / b.m)                                                             <L 21>
    var_4 = &((var_2).x);
    var_5 = &((var_2).m);
    var_7 = wp::load(var_5);
    var_6 = wp::div(var_dt, var_7);
    var_8 = wp::mul(var_f, var_6);
    var_10 = wp::load(var_4);
    var_9 = wp::add(var_10, var_8);
    var_2.x = var_9;
    // bodies[i] = b                                                                          <L 22>
    wp::array_store(var_bodies, var_0, var_2);
}



struct push_1b0fb60f_cpu_block_payload_forward
{
    wp_args_push_1b0fb60f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void push_1b0fb60f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    push_1b0fb60f_cpu_block_payload_forward* payload = (push_1b0fb60f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    push_1b0fb60f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void push_1b0fb60f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_1b0fb60f *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        push_1b0fb60f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &push_1b0fb60f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

