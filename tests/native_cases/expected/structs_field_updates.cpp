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


struct P_c89214d7
{
    wp::float32 x;
    wp::vec_t<3, wp::float32> y;
    wp::int32 n;


    P_c89214d7() = default;
    CUDA_CALLABLE P_c89214d7(wp::float32 const& x,
    wp::vec_t<3, wp::float32> const& y = {},
    wp::int32 const& n = {})
        : x{x}
        , y{y}
        , n{n}

    {
    }

    CUDA_CALLABLE P_c89214d7& operator += (const P_c89214d7& rhs)
    {    x += rhs.x;
    y += rhs.y;
    n += rhs.n;

        return *this;}

};

static CUDA_CALLABLE void adj_P_c89214d7(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::int32 const&,
    wp::float32 & adj_x,
    wp::vec_t<3, wp::float32> & adj_y,
    wp::int32 & adj_n,
    P_c89214d7 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_y += adj_ret.y;
    adj_n += adj_ret.n;
}

// Required when compiling adjoints.
CUDA_CALLABLE P_c89214d7 add(const P_c89214d7& a, const P_c89214d7& b)
{
    return P_c89214d7();
}

CUDA_CALLABLE void adj_atomic_add(P_c89214d7* p, P_c89214d7 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->y, t.y);
    wp::adj_atomic_add(&p->n, t.n);
}



struct wp_args_k_a5dd855e {
    wp::array_t<wp::float32> out;
    P_c89214d7 s;
};


template <bool wp_linear_contiguous>
static void k_a5dd855e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a5dd855e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    P_c89214d7 var_s = _wp_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    P_c89214d7 var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::float32 var_11 = 2.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    //---------
    // forward
    // def k(out: wp.array(dtype=float), s: P):                                               <L 12>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // t = P()                                                                                <L 14>
    var_1 = P_c89214d7();
    // t.x += 2.0                                                                             <L 15>
    var_2 = &((var_1).x);
    var_5 = wp::load(var_2);
    var_4 = wp::add(var_5, var_3);
    var_1.x = var_4;
    // t.n += 1                                                                               <L 16>
    var_6 = &((var_1).n);
    var_9 = wp::load(var_6);
    var_8 = wp::add(var_9, var_7);
    var_1.n = var_8;
    // t.y *= 2.0                                                                             <L 17>
    var_10 = &((var_1).y);
    var_13 = wp::load(var_10);
    var_12 = wp::mul(var_13, var_11);
    var_1.y = var_12;
    // s.x -= t.x                                                                             <L 18>
    var_14 = &((var_s).x);
    var_15 = &((var_1).x);
    var_17 = wp::load(var_14);
    var_18 = wp::load(var_15);
    var_16 = wp::sub(var_17, var_18);
    var_s.x = var_16;
    // out[i] = t.x + s.x                                                                     <L 19>
    var_19 = &((var_1).x);
    var_20 = &((var_s).x);
    var_22 = wp::load(var_19);
    var_23 = wp::load(var_20);
    var_21 = wp::add(var_22, var_23);
    wp::array_store(var_out, var_0, var_21);
}



template <bool wp_linear_contiguous>
static void k_a5dd855e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a5dd855e *_wp_args,
    wp_args_k_a5dd855e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    P_c89214d7 var_s = _wp_args->s;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    P_c89214d7 adj_s = _wp_adj_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    P_c89214d7 var_1;
    wp::float32* var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::float32 var_11 = 2.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    P_c89214d7 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    //---------
    // forward
    // def k(out: wp.array(dtype=float), s: P):                                               <L 12>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // t = P()                                                                                <L 14>
    var_1 = P_c89214d7();
    // t.x += 2.0                                                                             <L 15>
    var_2 = &((var_1).x);
    var_5 = wp::load(var_2);
    var_4 = wp::add(var_5, var_3);
    var_1.x = var_4;
    // t.n += 1                                                                               <L 16>
    var_6 = &((var_1).n);
    var_9 = wp::load(var_6);
    var_8 = wp::add(var_9, var_7);
    var_1.n = var_8;
    // t.y *= 2.0                                                                             <L 17>
    var_10 = &((var_1).y);
    var_13 = wp::load(var_10);
    var_12 = wp::mul(var_13, var_11);
    var_1.y = var_12;
    // s.x -= t.x                                                                             <L 18>
    var_14 = &((var_s).x);
    var_15 = &((var_1).x);
    var_17 = wp::load(var_14);
    var_18 = wp::load(var_15);
    var_16 = wp::sub(var_17, var_18);
    var_s.x = var_16;
    // out[i] = t.x + s.x                                                                     <L 19>
    var_19 = &((var_1).x);
    var_20 = &((var_s).x);
    var_22 = wp::load(var_19);
    var_23 = wp::load(var_20);
    var_21 = wp::add(var_22, var_23);
    // wp::array_store(var_out, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
    wp::adj_add(var_22, var_23, adj_19, adj_20, adj_21);
    adj_s.x += adj_20;
    adj_1.x += adj_19;
    // adj: out[i] = t.x + s.x                                                                <L 19>
    adj_16 += adj_s.x;
    adj_s.x = {};
    wp::adj_sub(var_17, var_18, adj_14, adj_15, adj_16);
    adj_1.x += adj_15;
    adj_s.x += adj_14;
    // adj: s.x -= t.x                                                                        <L 18>
    adj_12 += adj_1.y;
    adj_1.y = {};
    wp::adj_mul(var_13, var_11, adj_10, adj_11, adj_12);
    adj_1.y += adj_10;
    // adj: t.y *= 2.0                                                                        <L 17>
    adj_1.n = {};
    wp::adj_add(var_9, var_7, adj_6, adj_7, adj_8);
    adj_1.n = adj_6;
    // adj: t.n += 1                                                                          <L 16>
    adj_4 += adj_1.x;
    adj_1.x = {};
    wp::adj_add(var_5, var_3, adj_2, adj_3, adj_4);
    adj_1.x += adj_2;
    // adj: t.x += 2.0                                                                        <L 15>
    // adj: t = P()                                                                           <L 14>
    // adj: i = wp.tid()                                                                      <L 13>
    // adj: def k(out: wp.array(dtype=float), s: P):                                          <L 12>
    return;
}



struct k_a5dd855e_cpu_block_payload_forward
{
    wp_args_k_a5dd855e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a5dd855e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a5dd855e_cpu_block_payload_forward* payload = (k_a5dd855e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a5dd855e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_a5dd855e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a5dd855e *_wp_args)
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
        k_a5dd855e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a5dd855e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_a5dd855e_cpu_block_payload_backward
{
    wp_args_k_a5dd855e* args;
    wp_args_k_a5dd855e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a5dd855e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a5dd855e_cpu_block_payload_backward* payload = (k_a5dd855e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a5dd855e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_a5dd855e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a5dd855e *_wp_args,
    wp_args_k_a5dd855e *_wp_adj_args)
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
        k_a5dd855e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a5dd855e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

